package vn.motcua.calendar.internal;

import java.time.Instant;

/**
 * Test referee: the instant of a new moon by the full series of Meeus, <i>Astronomical Algorithms</i> (2nd ed.),
 * chapter 49 (all periodic terms and the 14 planetary arguments, error of the order of seconds against ELP),
 * converted from TT to UT with the Espenak–Meeus ΔT polynomials (NASA eclipse site). ΔT after 2020 is a
 * prediction, uncertain by tens of seconds by 2050 and more later, so a referee verdict on a new moon within a
 * minute or two of midnight is not decisive.
 */
final class MeeusNewMoons {

    /** Meeus' lunation number is 0 for the new moon of 2000-01-06; Hồ Ngọc Đức's is 0 for 1900-01-01. */
    static final int HO_NGOC_DUC_LUNATION_OFFSET = 1237;

    private MeeusNewMoons() {
    }

    /** The new moon with Meeus lunation number {@code k}, in UT. */
    static Instant newMoon(int k) {
        double jde = newMoonJde(k);
        double year = 2000 + (jde - 2451545.0) / 365.25;
        double jdUt = jde - deltaTSeconds(year) / 86_400.0;
        double unixSeconds = (jdUt - 2440587.5) * 86_400.0;
        return Instant.ofEpochMilli(Math.round(unixSeconds * 1000));
    }

    private static double newMoonJde(int lunation) {
        double k = lunation;
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double correction = -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
        double[] arguments = {299.77 + 0.107408 * k - 0.009173 * t2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
                349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k,
                154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k,
                161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k};
        double[] coefficients = {0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056,
                0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023};
        double planetary = 0;
        for (int i = 0; i < arguments.length; i++) {
            planetary += coefficients[i] * Math.sin(rad(arguments[i]));
        }
        return jde + correction + planetary;
    }

    /** ΔT = TT − UT in seconds (Espenak & Meeus 2006 polynomials). */
    static double deltaTSeconds(double year) {
        if (year < 1961) {
            double t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year < 1986) {
            double t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees);
    }
}
