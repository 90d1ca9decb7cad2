package org.ameliwalkthrough.identifiers.outside;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.ameliwalkthrough.identifiers.EmailAddress;
import org.ameliwalkthrough.identifiers.Iban;
import org.ameliwalkthrough.identifiers.Nir;
import org.junit.jupiter.api.Test;

/**
 * Templates, SpEL and JSON call the value objects' methods by reflection from other packages. A
 * public method declared in a package-private class cannot be invoked that way, so this test sits
 * outside {@code identifiers} on purpose.
 */
class ReflectiveAccessTest {

    @Test
    void theSharedMethodsCanBeInvokedFromAnotherPackage() throws Exception {
        Nir nir = Nir.parse("1 85 05 78 006 084 91");
        assertThat(invoke(nir, "normalized")).isEqualTo("185057800608491");
        assertThat(invoke(nir, "toString")).isEqualTo("Nir[1 85 05 •• ••• ••• 91]");
        assertThat(invoke(nir, "equals", Nir.parse("1850578006084"))).isEqualTo(true);
        assertThat(invoke(Iban.parse("FR7630006000011234567890189"), "hashCode"))
                .isEqualTo("FR7630006000011234567890189".hashCode());
        assertThat(invoke(EmailAddress.parse("Jane.Doe@Example.FR"), "normalized"))
                .isEqualTo("Jane.Doe@example.fr");
    }

    private static Object invoke(Object target, String name, Object... args) throws Exception {
        Class<?>[] types = args.length == 0 ? new Class<?>[0] : new Class<?>[] {Object.class};
        Method method = target.getClass().getMethod(name, types);
        return method.invoke(target, args);
    }
}
