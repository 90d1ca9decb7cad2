package org.ameliwalkthrough.workshop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * After the workshop closed, a learner's next page of the simulator is "this workshop has ended", not
 * a page of a journey that is gone. The simulator's pages read the session anyway; this adds no query. Static
 * reads, so web-layer test slices need no session bean.
 */
@Configuration
class EndedSeatInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns(JourneyPaths.START + "/**", "/practice-franceconnect/**", "/join/welcome");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (SessionStore.read(request.getSession(false), Seat.KEY)
                .filter(Seat::ended)
                .isPresent()) {
            response.sendRedirect(request.getContextPath() + WorkshopPaths.ENDED);
            return false;
        }
        return true;
    }
}
