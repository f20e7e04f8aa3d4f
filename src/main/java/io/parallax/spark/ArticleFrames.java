package io.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.parallax.compare.FrameEmbeddingFeatures;
import io.parallax.compare.FrameModel;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Adds `frames` to the articles: each English article's score for the five generic news frames
 * ({@link FrameModel}, shipped in the jar, over words or, with `compare.frames.embeddings`, over
 * sentence embeddings), null for articles kept out of the English stages.
 */
final class ArticleFrames {
  private ArticleFrames() {}

  static Dataset<Row> add(Dataset<Row> articles, boolean embeddings) {
    UserDefinedFunction scores =
        udf(
            (UDF1<String, Map<String, Double>>)
                text ->
                    embeddings
                        ? FrameModel.shipped(true).scores(FrameEmbeddingFeatures.of(text))
                        : FrameModel.shipped(false).scores(text, StopWords.ENGLISH),
            DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false));
    return articles.withColumn(
        "frames", when(col("excluded_reason").isNull(), scores.apply(col("text"))));
  }
}
