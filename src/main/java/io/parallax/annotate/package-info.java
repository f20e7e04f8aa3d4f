/**
 * Annotate: the second stage. Input: English articles' clean text. Output so far: sentences with
 * character offsets into the text, the evidence base later scores point into. CoreNLP pipelines are
 * built once per JVM per configuration ({@link io.parallax.annotate.CoreNlpPipelines}).
 */
package io.parallax.annotate;
