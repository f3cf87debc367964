package com.rotationrisk.marketdata.provider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(OnlinePricesSettings.class)
class OnlinePricesConfiguration {

    /** The one provider the settings name; none at all unless {@code rotationrisk.marketdata.online.enabled=true}. */
    @Bean
    @ConditionalOnProperty(prefix = "rotationrisk.marketdata.online", name = "enabled", havingValue = "true")
    PriceProvider priceProvider(OnlinePricesSettings settings) {
        return create(settings);
    }

    static PriceProvider create(OnlinePricesSettings settings) {
        return switch (settings.provider()) {
            case StooqPriceProvider.ID -> new StooqPriceProvider(settings);
            case AlphaVantagePriceProvider.ID -> new AlphaVantagePriceProvider(settings);
            case CsvEndpointPriceProvider.ID -> new CsvEndpointPriceProvider(settings);
            default -> throw new IllegalArgumentException("rotationrisk.marketdata.online.provider is '"
                    + settings.provider() + "'; choose one of " + String.join(", ", OnlinePricesSettings.PROVIDERS));
        };
    }
}
