package org.tribunal.merkle.reference;

import java.util.ArrayList;
import java.util.List;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;

/**
 * A deliberately naive RFC 6962 tree, written straight from the recursive definitions of MTH, PATH
 * and SUBPROOF (RFC 6962 §2.1), to check the real code against.
 */
public final class ReferenceTree {

  private final List<Hash> leafHashes;

  public ReferenceTree(List<Hash> leafHashes) {
    this.leafHashes = List.copyOf(leafHashes);
  }

  public static ReferenceTree ofEntries(List<byte[]> entries) {
    return new ReferenceTree(entries.stream().map(Rfc6962::leafHash).toList());
  }

  public int size() {
    return leafHashes.size();
  }

  public Hash leafHash(int i) {
    return leafHashes.get(i);
  }

  /** MTH(D[0:n]). */
  public Hash root(int n) {
    return mth(0, n);
  }

  /** MTH(D[a:b]). */
  public Hash mth(int a, int b) {
    int n = b - a;
    if (n == 0) {
      return Rfc6962.emptyRoot();
    }
    if (n == 1) {
      return leafHashes.get(a);
    }
    int k = Integer.highestOneBit(n - 1);
    return Rfc6962.nodeHash(mth(a, a + k), mth(a + k, b));
  }

  /** PATH(m, D[0:n]). */
  public List<Hash> path(int m, int n) {
    List<Hash> out = new ArrayList<>();
    path(m, 0, n, out);
    return out;
  }

  private void path(int m, int a, int b, List<Hash> out) {
    int n = b - a;
    if (n == 1) {
      return;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m < k) {
      path(m, a, a + k, out);
      out.add(mth(a + k, b));
    } else {
      path(m - k, a + k, b, out);
      out.add(mth(a, a + k));
    }
  }

  /** PROOF(m, D[0:n]), empty for m == 0 and m == n. */
  public List<Hash> consistency(int m, int n) {
    List<Hash> out = new ArrayList<>();
    if (m > 0 && m < n) {
      subproof(m, 0, n, true, out);
    }
    return out;
  }

  private void subproof(int m, int a, int b, boolean complete, List<Hash> out) {
    int n = b - a;
    if (m == n) {
      if (!complete) {
        out.add(mth(a, b));
      }
      return;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m <= k) {
      subproof(m, a, a + k, complete, out);
      out.add(mth(a + k, b));
    } else {
      subproof(m - k, a + k, b, false, out);
      out.add(mth(a, a + k));
    }
  }
}
