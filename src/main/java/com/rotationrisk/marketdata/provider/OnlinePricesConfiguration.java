package com.rotationrisk.marketdata.provider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(OnlinePricesSettings.class)
class OnlinePricesConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "rotationrisk.marketdata.online", name = "enabled", havingValue = "true")
    PriceProvider csvEndpointPriceProvider(OnlinePricesSettings settings) {
        return new CsvEndpointPriceProvider(settings);
    }
}
