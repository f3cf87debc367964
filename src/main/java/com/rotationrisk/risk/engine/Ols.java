package com.rotationrisk.risk.engine;

/** Two-regressor OLS with intercept (y = a + b1 x1 + b2 x2), for residual returns. Plain Java over double[]. */
final class Ols {

    private Ols() {
    }

    /** Returns {X'X}^-1 (3x3) for X = [1, x1, x2]; null when singular. */
    static double[][] designInverse(double[] x1, double[] x2) {
        int n = x1.length;
        double s1 = 0, s2 = 0, s11 = 0, s12 = 0, s22 = 0;
        for (int i = 0; i < n; i++) {
            s1 += x1[i];
            s2 += x2[i];
            s11 += x1[i] * x1[i];
            s12 += x1[i] * x2[i];
            s22 += x2[i] * x2[i];
        }
        double[][] a = {{n, s1, s2}, {s1, s11, s12}, {s2, s12, s22}};
        return invert3(a);
    }

    /** Residuals of y on [1, x1, x2], demeaned and scaled to unit length (so a dot product is a correlation). */
    static double[] standardisedResiduals(double[] y, double[] x1, double[] x2, double[][] inv) {
        if (inv == null) {
            return null;
        }
        int n = y.length;
        double t0 = 0, t1 = 0, t2 = 0;
        for (int i = 0; i < n; i++) {
            t0 += y[i];
            t1 += x1[i] * y[i];
            t2 += x2[i] * y[i];
        }
        double b0 = inv[0][0] * t0 + inv[0][1] * t1 + inv[0][2] * t2;
        double b1 = inv[1][0] * t0 + inv[1][1] * t1 + inv[1][2] * t2;
        double b2 = inv[2][0] * t0 + inv[2][1] * t1 + inv[2][2] * t2;
        double[] e = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            e[i] = y[i] - b0 - b1 * x1[i] - b2 * x2[i];
            mean += e[i];
        }
        mean /= n;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            e[i] -= mean;
            norm += e[i] * e[i];
        }
        if (!(norm > 1e-30)) {
            return null;
        }
        double scale = 1.0 / Math.sqrt(norm);
        for (int i = 0; i < n; i++) {
            e[i] *= scale;
        }
        return e;
    }

    static double[][] invert3(double[][] m) {
        double a = m[0][0], b = m[0][1], c = m[0][2];
        double d = m[1][0], e = m[1][1], f = m[1][2];
        double g = m[2][0], h = m[2][1], i = m[2][2];
        double A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
        double det = a * A + b * B + c * C;
        if (Math.abs(det) < 1e-300) {
            return null;
        }
        double inv = 1.0 / det;
        return new double[][] {
            {A * inv, -(b * i - c * h) * inv, (b * f - c * e) * inv},
            {B * inv, (a * i - c * g) * inv, -(a * f - c * d) * inv},
            {C * inv, -(a * h - b * g) * inv, (a * e - b * d) * inv}};
    }
}
