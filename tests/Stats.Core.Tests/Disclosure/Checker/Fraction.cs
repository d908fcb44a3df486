using System.Globalization;
using System.Numerics;

namespace Stats.Core.Tests.Disclosure.Checker;

/// <summary>Exact rational number (denominator positive, lowest terms) for the independent LP checker.</summary>
internal readonly struct Fraction : IComparable<Fraction>, IEquatable<Fraction>
{
    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }

        if (denominator.Sign < 0)
        {
            (numerator, denominator) = (-numerator, -denominator);
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            (numerator, denominator) = (numerator / gcd, denominator / gcd);
        }

        Numerator = numerator;
        DenominatorOrZero = numerator.IsZero ? BigInteger.Zero : denominator - BigInteger.One;
    }

    public static Fraction Zero => default;

    public static Fraction One => new(1, 1);

    public BigInteger Numerator { get; }

    // Stored minus one so that default(Fraction) is a valid zero (0/1).
    private BigInteger DenominatorOrZero { get; }

    public BigInteger Denominator => DenominatorOrZero + BigInteger.One;

    public bool IsZero => Numerator.IsZero;

    public int Sign => Numerator.Sign;

    public static implicit operator Fraction(long value) => new(value, 1);

    public static Fraction operator +(Fraction a, Fraction b) =>
        a.IsZero ? b : b.IsZero ? a : new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator -(Fraction a, Fraction b) => a + (-b);

    public static Fraction operator -(Fraction a) => a.IsZero ? a : new(-a.Numerator, a.Denominator);

    public static Fraction operator *(Fraction a, Fraction b) =>
        a.IsZero || b.IsZero ? Zero : new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;

    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;

    public static bool operator <=(Fraction a, Fraction b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Fraction a, Fraction b) => a.CompareTo(b) >= 0;

    public static bool operator ==(Fraction a, Fraction b) => a.Equals(b);

    public static bool operator !=(Fraction a, Fraction b) => !a.Equals(b);

    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Fraction other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Fraction f && Equals(f);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    public override string ToString() => Denominator.IsOne
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
