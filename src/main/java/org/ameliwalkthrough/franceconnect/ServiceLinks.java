package org.ameliwalkthrough.franceconnect;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The practice FranceConnect's pages link back to a service only through its registration: pages
 * without a login in progress list the registered services' home pages.
 */
@ControllerAdvice(basePackageClasses = ServiceLinks.class)
class ServiceLinks {

    @ModelAttribute("services")
    List<RegisteredClient> services() {
        return RegisteredClient.ALL;
    }
}
