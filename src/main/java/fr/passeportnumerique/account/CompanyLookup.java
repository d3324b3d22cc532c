package fr.passeportnumerique.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.passeportnumerique.account.internal.CompanyDirectory;
import fr.passeportnumerique.account.internal.CompanyLookupProperties;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Finds a company from its SIRET in the state's company directory, so that forms can pre-fill what the person would
 * otherwise type (decision 023). The call runs off the caller's thread; answers are remembered for a day, failures
 * not, so that a service back up is asked again at once.
 */
@Service
@EnableConfigurationProperties(CompanyLookupProperties.class)
public class CompanyLookup implements DisposableBean {

    private static final int REMEMBERED_ANSWERS = 10_000;

    private final boolean enabled;
    private final CompanyDirectory directory;
    private final Cache<String, SiretLookup> answers;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    CompanyLookup(CompanyLookupProperties settings) {
        this.enabled = settings.enabled();
        this.directory = new CompanyDirectory(settings);
        this.answers = Caffeine.newBuilder()
                .maximumSize(REMEMBERED_ANSWERS)
                .expireAfterWrite(settings.rememberFor())
                .build();
    }

    /**
     * What the directory says of what a person typed: at once when it is remembered, not a SIRET or the lookup is
     * switched off; otherwise when the directory answers, or within a few seconds as {@link SiretLookup.Unavailable}.
     */
    @PermitAll
    public CompletableFuture<SiretLookup> lookUp(String typed) {
        if (!enabled) {
            return CompletableFuture.completedFuture(new SiretLookup.Off());
        }
        if (!Siret.isValid(typed)) {
            return CompletableFuture.completedFuture(new SiretLookup.Unknown());
        }
        String siret = Siret.normalise(typed);
        SiretLookup remembered = answers.getIfPresent(siret);
        if (remembered != null) {
            return CompletableFuture.completedFuture(remembered);
        }
        return CompletableFuture.supplyAsync(() -> directory.find(siret), calls).thenApply(answer -> {
            if (!(answer instanceof SiretLookup.Unavailable)) {
                answers.put(siret, answer);
            }
            return answer;
        });
    }

    /** Whether the directory said lately that this SIRET is a closed establishment: a registration then is refused. */
    @PermitAll
    public boolean saidClosed(String typed) {
        return answers.getIfPresent(Siret.normalise(typed)) instanceof SiretLookup.Closed;
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
