package org.ameliwalkthrough.practice.journey;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order of a step form's fields on its page, for forms whose errors bind to a property that is
 * not a record component (the date of birth's three boxes report on {@code birthDate}). Without it
 * the record components' order is the page order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FieldOrder {

    String[] value();
}
