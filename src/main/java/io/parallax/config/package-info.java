/**
 * Configuration: built-in defaults, a properties file over them, unknown keys rejected, spark.*
 * passed on.
 */
package io.parallax.config;
