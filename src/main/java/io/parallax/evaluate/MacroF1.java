package io.parallax.evaluate;

/** A confusion matrix over classes 0..k-1 and its macro-averaged F1; mergeable. */
public final class MacroF1 {
  private final long[][] counts;

  public MacroF1(int classes) {
    counts = new long[classes][classes];
  }

  public void add(int gold, int predicted) {
    counts[gold][predicted]++;
  }

  public long n() {
    long n = 0;
    for (long[] row : counts) {
      for (long c : row) {
        n += c;
      }
    }
    return n;
  }

  /** F1 of one class; 0 when it is never predicted nor gold. */
  public double f1(int k) {
    long tp = counts[k][k];
    long predicted = 0;
    long gold = 0;
    for (int j = 0; j < counts.length; j++) {
      predicted += counts[j][k];
      gold += counts[k][j];
    }
    return predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
  }

  public double macroF1() {
    double sum = 0;
    for (int k = 0; k < counts.length; k++) {
      sum += f1(k);
    }
    return sum / counts.length;
  }

  public double accuracy() {
    long right = 0;
    for (int k = 0; k < counts.length; k++) {
      right += counts[k][k];
    }
    return n() == 0 ? 0 : (double) right / n();
  }
}
