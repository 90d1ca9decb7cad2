package org.ameliwalkthrough;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        // -Dstartup.steps=true records every start-up step (bean creation, auto-configuration) for
        // /actuator/startup when that endpoint is exposed; off by default, as it costs memory
        if (Boolean.getBoolean("startup.steps")) {
            app.setApplicationStartup(new BufferingApplicationStartup(20_000));
        }
        app.run(args);
    }
}
