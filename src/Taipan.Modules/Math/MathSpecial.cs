namespace Taipan.Modules.MathLib;

/// <summary>gamma and lgamma by CPython's Lanczos approximation (its own code, not libm's), so the
/// results agree to the last bit.</summary>
internal static partial class MathModule
{
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;
    private const double LogPi = 1.144729885849400174143427351353058711647;

    private static readonly double[] LanczosNum =
    {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };

    private static readonly double[] LanczosDen =
    {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    private static readonly double[] GammaIntegral = BuildGammaIntegral();

    private static double[] BuildGammaIntegral()
    {
        var t = new double[23];
        double f = 1.0;
        for (int i = 0; i < 23; i++)
        {
            t[i] = f; // (i)! = gamma(i + 1); exact in a double up to 22!
            f *= i + 1;
        }
        return t;
    }

    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        if (x < 5.0)
        {
            for (int i = LanczosNum.Length; --i >= 0;)
            {
                num = num * x + LanczosNum[i];
                den = den * x + LanczosDen[i];
            }
        }
        else
        {
            for (int i = 0; i < LanczosNum.Length; i++)
            {
                num = num / x + LanczosNum[i];
                den = den / x + LanczosDen[i];
            }
        }
        return num / den;
    }

    /// <summary>sin(pi * x), accurate near the integers.</summary>
    private static double SinPi(double x)
    {
        double y = System.Math.Abs(x) % 2.0;
        int n = (int)System.Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => System.Math.Sin(System.Math.PI * y),
            1 => System.Math.Cos(System.Math.PI * (y - 0.5)),
            2 => System.Math.Sin(System.Math.PI * (1.0 - y)),
            3 => -System.Math.Cos(System.Math.PI * (y - 1.5)),
            _ => System.Math.Sin(System.Math.PI * (y - 2.0)),
        };
        return System.Math.CopySign(1.0, x) * r;
    }

    [Taipan.Runtime.Binding.PyFunction]
    public static double gamma(double x)
    {
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0.0) return x;
            throw DomainError();
        }
        if (x == 0.0) throw DomainError();
        if (x == System.Math.Floor(x))
        {
            if (x < 0.0) throw DomainError();
            if (x <= GammaIntegral.Length) return GammaIntegral[(int)x - 1];
        }
        double absx = System.Math.Abs(x);
        double r;
        if (absx < 1e-20)
        {
            r = 1.0 / x;
            if (double.IsInfinity(r)) throw RangeError();
            return r;
        }
        if (absx > 200.0)
        {
            if (x < 0.0) return 0.0 / SinPi(x);
            throw RangeError();
        }
        double y = absx + LanczosGMinusHalf;
        double q, z;
        if (absx > LanczosGMinusHalf)
        {
            q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            q = y - LanczosGMinusHalf;
            z = q - absx;
        }
        z = z * LanczosG / y;
        if (x < 0.0)
        {
            r = -System.Math.PI / SinPi(absx) / absx * System.Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= System.Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = System.Math.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / System.Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= System.Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = System.Math.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }

    [Taipan.Runtime.Binding.PyFunction]
    public static double lgamma(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) ? x : double.PositiveInfinity;
        if (x == System.Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0.0) throw DomainError();
            return 0.0;
        }
        double absx = System.Math.Abs(x);
        if (absx < 1e-20) return -System.Math.Log(absx);
        double r = System.Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (System.Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = LogPi - System.Math.Log(System.Math.Abs(SinPi(absx))) - System.Math.Log(absx) - r;
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }
}
