/**
 * User-facing errors, each made by one factory method that says what is wrong and how to fix it.
 */
package io.parallax.errors;
