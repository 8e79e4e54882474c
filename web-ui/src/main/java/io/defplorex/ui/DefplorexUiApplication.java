package io.defplorex.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the analyst web UI: a Spring Boot app serving Vaadin views. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DefplorexUiApplication {

    public static void main(String[] args) {
        SpringApplication.run(DefplorexUiApplication.class, args);
    }
}
