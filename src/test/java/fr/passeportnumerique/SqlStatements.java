package fr.passeportnumerique;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Records, for the calling thread only, the SQL statements sent to the database while a piece of code runs: what a
 * page costs the database, whatever reads it (Hibernate or JDBC). The tests' data source keeps its own class (a
 * subclass proxy), so code that asks for the pool's details still finds them.
 */
@Component
@Profile("test")
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** The statements {@code code} sent, in order. */
    public static List<String> of(Runnable code) {
        return during(() -> {
                    code.run();
                    return null;
                })
                .statements();
    }

    public static <T> Recorded<T> during(Supplier<T> code) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T result = code.get();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            RECORDING.remove();
        }
    }

    public record Recorded<T>(T result, List<String> statements) {}

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource) || bean instanceof ProxyDataSource) {
            return bean;
        }
        DataSource counted = ProxyDataSourceBuilder.create(dataSource)
                .name("counted")
                .listener(new Recorder())
                .build();
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (!invocation.getMethod().getName().equals("getConnection")) {
                return invocation.proceed();
            }
            Object[] arguments = invocation.getArguments();
            return arguments.length == 2
                    ? counted.getConnection((String) arguments[0], (String) arguments[1])
                    : counted.getConnection();
        });
        return proxy.getProxy();
    }

    private static final class Recorder implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            List<String> statements = RECORDING.get();
            if (statements != null) {
                queries.forEach(query -> statements.add(query.getQuery()));
            }
        }
    }
}
