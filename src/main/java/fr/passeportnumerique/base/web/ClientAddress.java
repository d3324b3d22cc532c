package fr.passeportnumerique.base.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address of the person making the current request, as the servlet container sees it (behind the load
 * balancer, the address it forwards): what rate limits count per client.
 */
public final class ClientAddress {

    public static final String UNKNOWN = "unknown";

    private ClientAddress() {}

    public static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : UNKNOWN;
    }
}
