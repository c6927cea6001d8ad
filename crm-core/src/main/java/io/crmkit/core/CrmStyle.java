package io.crmkit.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of crmkit: package-private implementations, {@code of}/{@code builder}
 * on the abstract type, accessors without {@code get} prefixes, {@code addX} for one element of a list
 * ({@code addPostalAddress} for {@code postalAddresses}).
 *
 * <p>Put it on a module's top package (and on each sub-package that declares values) in
 * {@code package-info.java}. It is read at compile time only.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"address:addresses"},
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = CrmValidationException.class,
    jdkOnly = false)
public @interface CrmStyle {}
