package dev.harness4j.test.junit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects a {@link HarnessFixture} (fixed clock, sequential ids, scripted model) into test
 * methods and closes it after each test: {@code @ExtendWith(HarnessExtension.class)}.
 */
public final class HarnessExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(HarnessExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HarnessFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent("fixture", k -> new HarnessFixture(), HarnessFixture.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        HarnessFixture f = context.getStore(NS).remove("fixture", HarnessFixture.class);
        if (f != null) {
            f.close();
        }
    }
}
