package com.rotationrisk.marketdata;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored benchmark pairs in line with the settings at every start: the configured spread
 * becomes the default, the alternatives are offered, and a pair whose settings changed is updated.
 * Runs after the bundled data so that the legs it names can already have prices.
 */
@Component
@Order(2)
@EnableConfigurationProperties(RotationSpreadSettings.class)
class RotationPairs implements ApplicationRunner {

    private final BenchmarkPairRepository pairs;
    private final RotationSpreadSettings settings;

    RotationPairs(BenchmarkPairRepository pairs, RotationSpreadSettings settings) {
        this.pairs = pairs;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<RotationSpreadSettings.Pair> wanted = new ArrayList<>();
        wanted.add(new RotationSpreadSettings.Pair(settings.name(), settings.rotationLeg(), settings.marketLeg()));
        settings.alternatives().stream().filter(p -> !p.name().equals(settings.name())).forEach(wanted::add);
        pairs.findAll().forEach(p -> p.markDefault(false));
        for (int i = 0; i < wanted.size(); i++) {
            RotationSpreadSettings.Pair w = wanted.get(i);
            BenchmarkPair pair = pairs.findByName(w.name())
                    .orElseGet(() -> new BenchmarkPair(w.name(), w.marketLeg(), w.rotationLeg(), false));
            pair.update(w.marketLeg(), w.rotationLeg());
            pair.markDefault(i == 0);
            pairs.save(pair);
        }
    }
}
