package fr.passeportnumerique;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * A browser without a screen: keeps its cookies, follows no redirect, signs in with the sign-in form as a page of
 * the site posts it (with its {@code Origin}). Each client comes from an address of its own, told to the application
 * as a proxy would ({@code X-Forwarded-For}, honoured in tests), so that per-address rate limits see distinct people.
 */
public final class SiteClient {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final int port;
    private final String clientAddress;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public SiteClient(int port) {
        this(port, randomDocumentationAddress());
    }

    public SiteClient(int port, String clientAddress) {
        this.port = port;
        this.clientAddress = clientAddress;
    }

    /** An address of IPv6's documentation range (2001:db8::/32), which no real client has. */
    public static String randomDocumentationAddress() {
        return "2001:db8:%x:%x::%x"
                .formatted(RANDOM.nextInt(0x10000), RANDOM.nextInt(0x10000), RANDOM.nextInt(0x10000));
    }

    public String clientAddress() {
        return clientAddress;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET with the given header names and values; the body as it came, compressed or not. */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(
                HttpRequest.newBuilder(uri(path)).headers(headers).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of a JSON body with the given header names and values; the body as it came, compressed or not. */
    public HttpResponse<byte[]> postJson(String path, String json, String... headers) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .headers(headers)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public int status(String path) {
        return get(path).statusCode();
    }

    /** Posts the sign-in form; the answer is the redirect Spring Security sends. */
    public HttpResponse<String> signIn(String email, String password) {
        return postSignInForm(email, password, "http://localhost:" + port);
    }

    /** The sign-in form as a page of {@code origin} would post it; a null origin sends no Origin header. */
    public HttpResponse<String> postSignInForm(String email, String password, String origin) {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request.build());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            HttpRequest fromClient = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("X-Forwarded-For", clientAddress)
                    .build();
            return http.send(fromClient, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
