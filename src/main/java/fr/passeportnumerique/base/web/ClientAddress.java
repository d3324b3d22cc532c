package fr.passeportnumerique.base.web;

import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address of the person making the current request, as the servlet container sees it (behind the load
 * balancer, the address it forwards): what rate limits count per client. Empty outside a web request (a test, a job).
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr())
                : Optional.empty();
    }
}
