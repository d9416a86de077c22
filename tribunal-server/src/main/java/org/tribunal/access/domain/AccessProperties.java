package org.tribunal.access.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings {@code tribunal.access.*}.
 *
 * @param initialAdminUsername the name of the administrator created at first start
 * @param initialAdminPassword that administrator's password (env
 *     {@code TRIBUNAL_ACCESS_INITIAL_ADMIN_PASSWORD}); a random one is generated and printed when unset
 */
@ConfigurationProperties("tribunal.access")
public record AccessProperties(
    @DefaultValue("admin") String initialAdminUsername, @Nullable String initialAdminPassword) {}
