package org.waqai.model;

/**
 * A half-open range [start, end) of UTF-16 offsets into an article's original text.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Characters between the two spans, 0 when they touch or overlap. */
  public int distance(Span other) {
    if (overlaps(other)) {
      return 0;
    }
    return other.start >= end ? other.start - end : start - other.end;
  }

  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }
}
