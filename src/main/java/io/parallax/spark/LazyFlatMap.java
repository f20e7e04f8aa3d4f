package io.parallax.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Expands each input of a partition into its outputs one input at a time, so a partition's results
 * are never all in memory at once (Spark's partition functions hand back an iterator for the same
 * reason).
 */
final class LazyFlatMap<I, O> implements Iterator<O> {
  private final Iterator<I> inputs;
  private final Function<I, Iterator<O>> expand;
  private Iterator<O> current = Collections.emptyIterator();

  LazyFlatMap(Iterator<I> inputs, Function<I, Iterator<O>> expand) {
    this.inputs = inputs;
    this.expand = expand;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && inputs.hasNext()) {
      current = expand.apply(inputs.next());
    }
    return current.hasNext();
  }

  @Override
  public O next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
