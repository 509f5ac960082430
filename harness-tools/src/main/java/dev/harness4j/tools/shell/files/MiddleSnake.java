package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;

/**
 * The divide-and-conquer core of GNU diff ({@code compareseq}/{@code diag}): finds the middle snake of an optimal
 * path searching from both ends, recurses on both halves, and past a cost limit settles for a good partition.
 */
final class MiddleSnake {
    private final int[] x;
    private final int[] y;
    private final int[] xIndex;
    private final int[] yIndex;
    private final byte[] changedX;
    private final byte[] changedY;
    private final CommandContext context;
    private final int[] fd;
    private final int[] bd;
    private final int offset;
    private final int tooExpensive;
    private int xmid;
    private int ymid;
    private boolean loMinimal;
    private boolean hiMinimal;

    MiddleSnake(Discards.Kept a, Discards.Kept b, byte[] changedA, byte[] changedB, CommandContext context) {
        this.x = a.classes();
        this.y = b.classes();
        this.xIndex = a.index();
        this.yIndex = b.index();
        this.changedX = changedA;
        this.changedY = changedB;
        this.context = context;
        int diagonals = x.length + y.length + 3;
        this.fd = new int[diagonals];
        this.bd = new int[diagonals];
        this.offset = y.length + 1;
        int expensive = 1;
        for (int d = diagonals; d != 0; d >>= 2) {
            expensive <<= 1;
        }
        this.tooExpensive = Math.max(4096, expensive);
    }

    void compare() {
        compare(0, x.length, 0, y.length, false);
    }

    private void compare(int xoff, int xlim, int yoff, int ylim, boolean minimal) {
        context.checkCancelled();
        while (xoff < xlim && yoff < ylim && x[xoff] == y[yoff]) {
            xoff++;
            yoff++;
        }
        while (xoff < xlim && yoff < ylim && x[xlim - 1] == y[ylim - 1]) {
            xlim--;
            ylim--;
        }
        if (xoff == xlim) {
            for (int k = yoff; k < ylim; k++) {
                changedY[yIndex[k] + 1] = 1;
            }
        } else if (yoff == ylim) {
            for (int k = xoff; k < xlim; k++) {
                changedX[xIndex[k] + 1] = 1;
            }
        } else {
            diag(xoff, xlim, yoff, ylim, minimal);
            int xm = xmid;
            int ym = ymid;
            boolean lo = loMinimal;
            boolean hi = hiMinimal;
            compare(xoff, xm, yoff, ym, lo);
            compare(xm, xlim, ym, ylim, hi);
        }
    }

    private int f(int d) {
        return fd[d + offset];
    }

    private int b(int d) {
        return bd[d + offset];
    }

    private void diag(int xoff, int xlim, int yoff, int ylim, boolean minimal) {
        int dmin = xoff - ylim;
        int dmax = xlim - yoff;
        int fmid = xoff - yoff;
        int bmid = xlim - ylim;
        int fmin = fmid;
        int fmax = fmid;
        int bmin = bmid;
        int bmax = bmid;
        boolean odd = ((fmid - bmid) & 1) != 0;
        fd[fmid + offset] = xoff;
        bd[bmid + offset] = xlim;
        for (int c = 1; ; ++c) {
            if (fmin > dmin) {
                fd[--fmin - 1 + offset] = -1;
            } else {
                ++fmin;
            }
            if (fmax < dmax) {
                fd[++fmax + 1 + offset] = -1;
            } else {
                --fmax;
            }
            for (int d = fmax; d >= fmin; d -= 2) {
                int tlo = f(d - 1);
                int thi = f(d + 1);
                int x0 = tlo < thi ? thi : tlo + 1;
                int xx = x0;
                int yy = x0 - d;
                while (xx < xlim && yy < ylim && x[xx] == y[yy]) {
                    xx++;
                    yy++;
                }
                fd[d + offset] = xx;
                if (odd && bmin <= d && d <= bmax && b(d) <= xx) {
                    partition(xx, yy, true, true);
                    return;
                }
            }
            if (bmin > dmin) {
                bd[--bmin - 1 + offset] = Integer.MAX_VALUE;
            } else {
                ++bmin;
            }
            if (bmax < dmax) {
                bd[++bmax + 1 + offset] = Integer.MAX_VALUE;
            } else {
                --bmax;
            }
            for (int d = bmax; d >= bmin; d -= 2) {
                int tlo = b(d - 1);
                int thi = b(d + 1);
                int x0 = tlo < thi ? tlo : thi - 1;
                int xx = x0;
                int yy = x0 - d;
                while (xoff < xx && yoff < yy && x[xx - 1] == y[yy - 1]) {
                    xx--;
                    yy--;
                }
                bd[d + offset] = xx;
                if (!odd && fmin <= d && d <= fmax && xx <= f(d)) {
                    partition(xx, yy, true, true);
                    return;
                }
            }
            if (!minimal && c >= tooExpensive) {
                giveUp(xoff, xlim, yoff, ylim, fmin, fmax, bmin, bmax);
                return;
            }
        }
    }

    private void giveUp(int xoff, int xlim, int yoff, int ylim, int fmin, int fmax, int bmin, int bmax) {
        int fxybest = -1;
        int fxbest = 0;
        for (int d = fmax; d >= fmin; d -= 2) {
            int xx = Math.min(f(d), xlim);
            int yy = xx - d;
            if (ylim < yy) {
                xx = ylim + d;
                yy = ylim;
            }
            if (fxybest < xx + yy) {
                fxybest = xx + yy;
                fxbest = xx;
            }
        }
        int bxybest = Integer.MAX_VALUE;
        int bxbest = 0;
        for (int d = bmax; d >= bmin; d -= 2) {
            int xx = Math.max(xoff, b(d));
            int yy = xx - d;
            if (yy < yoff) {
                xx = yoff + d;
                yy = yoff;
            }
            if (xx + yy < bxybest) {
                bxybest = xx + yy;
                bxbest = xx;
            }
        }
        if ((xlim + ylim) - bxybest < fxybest - (xoff + yoff)) {
            partition(fxbest, fxybest - fxbest, true, false);
        } else {
            partition(bxbest, bxybest - bxbest, false, true);
        }
    }

    private void partition(int xm, int ym, boolean lo, boolean hi) {
        xmid = xm;
        ymid = ym;
        loMinimal = lo;
        hiMinimal = hi;
    }
}
