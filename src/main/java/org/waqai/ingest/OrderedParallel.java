package org.waqai.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs a pure function over a stream of items on several threads and hands each result to a sink <em>in input
 * order</em>, on the thread that adds the items, so the output is the same as a sequential run's whatever the
 * scheduling. Items go to the workers in chunks (fewer hand-offs); at most {@code chunksInFlight} chunks are pending,
 * so memory stays bounded however long the input. With one thread the function runs inline, without a pool.
 *
 * @param <I> input item
 * @param <O> result
 */
public final class OrderedParallel<I, O> implements AutoCloseable {
  private final Function<I, O> work;
  private final BiConsumer<I, O> sink;
  private final int chunkSize;
  private final int chunksInFlight;
  private final ExecutorService pool;
  private final ArrayDeque<Future<List<O>>> pending = new ArrayDeque<>();
  private final ArrayDeque<List<I>> pendingInputs = new ArrayDeque<>();
  private List<I> chunk;

  /**
   * @param threads worker threads; 1 runs everything on the caller's thread
   * @param chunkSize items per hand-off to a worker
   * @param chunksInFlight chunks submitted but not yet handed to the sink, at most
   */
  public OrderedParallel(int threads, int chunkSize, int chunksInFlight, Function<I, O> work, BiConsumer<I, O> sink) {
    if (threads < 1 || chunkSize < 1 || chunksInFlight < 1) {
      throw new IllegalArgumentException("threads, chunk size and chunks in flight must be positive");
    }
    this.work = work;
    this.sink = sink;
    this.chunkSize = chunkSize;
    this.chunksInFlight = chunksInFlight;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "waqai-extract");
      t.setDaemon(true);
      return t;
    });
    this.chunk = new ArrayList<>(chunkSize);
  }

  /** The number of worker threads for this machine: one per processor the JVM may use. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Adds an item; may first hand finished results to the sink (and wait for the oldest) to bound the work queued. */
  public void add(I item) {
    if (pool == null) {
      sink.accept(item, work.apply(item));
      return;
    }
    chunk.add(item);
    if (chunk.size() >= chunkSize) {
      submit();
    }
  }

  /** Hands every remaining result to the sink; the object can take more items afterwards. */
  public void flush() {
    if (pool == null) {
      return;
    }
    if (!chunk.isEmpty()) {
      submit();
    }
    while (!pending.isEmpty()) {
      drainOne();
    }
  }

  private void submit() {
    List<I> items = chunk;
    chunk = new ArrayList<>(chunkSize);
    pending.add(pool.submit(() -> {
      List<O> out = new ArrayList<>(items.size());
      for (I i : items) {
        out.add(work.apply(i));
      }
      return out;
    }));
    pendingInputs.add(items);
    while (pending.size() > chunksInFlight || !pending.isEmpty() && pending.peek().isDone()) {
      drainOne();
    }
  }

  /** The value of a finished task; its failure rethrown as it was (unchecked), an interruption kept. */
  static <T> T join(Future<T> f, String what) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void drainOne() {
    List<O> results = join(pending.poll(), "a worker");
    List<I> inputs = pendingInputs.poll();
    for (int k = 0; k < inputs.size(); k++) {
      sink.accept(inputs.get(k), results.get(k));
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
