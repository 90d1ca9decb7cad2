package org.ameliwalkthrough.practice;

import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The ameli side's pages, as every practice template links to them ({@code @{${links.mailbox}}}):
 * the addresses stay in {@link JourneyPaths}, and no controller or step adds them one by one.
 */
@ControllerAdvice(basePackageClasses = StartController.class)
class PracticeLinks {

    /** One constant instance: nothing to compute per request. */
    record Links(
            String start,
            String restart,
            String mailbox,
            String pretendTime,
            String loginCode,
            String franceConnectStart) {}

    private static final Links LINKS = new Links(
            JourneyPaths.START,
            JourneyPaths.RESTART,
            JourneyPaths.MAILBOX,
            JourneyPaths.WAIT,
            JourneyPaths.LOGIN_CODE,
            JourneyPaths.FRANCECONNECT_START);

    @ModelAttribute("links")
    Links links() {
        return LINKS;
    }
}
