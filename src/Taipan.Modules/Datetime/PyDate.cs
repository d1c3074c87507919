using Taipan.Runtime.Objects;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;

namespace Taipan.Modules.Datetime;

/// <summary>datetime.date. datetime derives from it in C# as in Python, so date's methods apply to datetimes.</summary>
[PyType("date")]
internal partial class PyDate : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("datetime.date", 63, InitType);
    private static readonly string[] NewNames = { "year", "month", "day" };
    private static readonly string[] IsoCalendarNames = { "year", "week", "day" };

    internal int Year, Month, Day;
    private protected long hashCache = -1;

    internal PyDate(PyType t, int y, int m, int d) : base(t)
    {
        Year = y;
        Month = m;
        Day = d;
    }

    /// <summary>new_date_subclass_ex: exact date or datetime directly, a Python subclass through its constructor.</summary>
    public static PyObject NewSubclass(int y, int m, int d, PyObject cls)
    {
        if (cls == PyTypeObject) { DateMath.CheckDateArgs(y, m, d); return new PyDate(PyTypeObject, y, m, d); }
        if (cls == PyDateTime.PyTypeObject) { DateMath.CheckDateArgs(y, m, d); return new PyDateTime(PyDateTime.PyTypeObject, y, m, d, 0, 0, 0, 0, PyNone.Instance, 0); }
        return PyOps.Call(cls, new PyObject[] { PyInt.FromLong(y), PyInt.FromLong(m), PyInt.FromLong(d) });
    }

    private static PyObject New(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)cls;
        if (args.Length == 1 && (kwnames is null || kwnames.Count == 0))
        {
            var state = Pickle.StateBytes(args[0], 4, 2, "date");
            if (state is not null) return new PyDate(type, state[0] << 8 | state[1], state[2], state[3]);
        }
        var s = DtArgs.Unpack(args, kwnames, NewNames, 3, "function", -1, 0b111);
        int y = DtArgs.RequiredInt(s, 0, NewNames, "function"), m = DtArgs.RequiredInt(s, 1, NewNames, "function"),
            d = DtArgs.RequiredInt(s, 2, NewNames, "function");
        DateMath.CheckDateArgs(y, m, d);
        return new PyDate(type, y, m, d);
    }

    // --- class methods ----------------------------------------------------------------------------

    [PyClassMethod]
    internal static PyObject today(PyType cls)
    {
        var now = PyOps.Call(PyOps.GetAttr(DatetimeModule.TimeModule(), StrIntern.Intern("time")), ReadOnlySpan<PyObject>.Empty);
        return PyOps.CallMethod(cls, "fromtimestamp", new[] { now });
    }

    [PyClassMethod]
    internal static PyObject fromtimestamp(PyType cls, PyObject timestamp)
    {
        long t = Timestamps.ToTimeT(timestamp);
        var tm = Timestamps.LocalTime(t);
        return NewSubclass(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, cls);
    }

    [PyClassMethod]
    internal static PyObject fromordinal(PyType cls, PyObject ordinal)
    {
        int o = DtArgs.ToInt(ordinal);
        if (o < 1) throw PyErrors.ValueError("ordinal must be >= 1");
        if (o > DateMath.MaxOrdinal) throw PyErrors.ValueError("year 10000 is out of range");
        DateMath.OrdToYmd(o, out int y, out int m, out int d);
        return NewSubclass(y, m, d, cls);
    }

    [PyClassMethod]
    internal static PyObject fromisoformat(PyType cls, PyObject dtstr)
    {
        if (dtstr is not PyStr s) throw PyErrors.TypeError("fromisoformat: argument must be str");
        var b = IsoParse.Utf8z(s.Value);
        int len = b is null ? 0 : b.Length - 1;
        int y = 0, m = 0, d = 0;
        if (b is null || (len != 7 && len != 8 && len != 10) || IsoParse.ParseDate(b, 0, len, out y, out m, out d) != 0)
            throw IsoParse.Invalid(s);
        return NewSubclass(y, m, d, cls);
    }

    [PyClassMethod]
    internal static PyObject fromisocalendar(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = DtArgs.Unpack(args, kwnames, IsoCalendarNames, 3, "fromisocalendar()");
        int y, w, d;
        try
        {
            y = DtArgs.ToInt(s[0]!);
            w = DtArgs.ToInt(s[1]!);
            d = DtArgs.ToInt(s[2]!);
        }
        catch (PyException e) when (e.Matches(PyTypes.OverflowError))
        {
            throw PyErrors.ValueError("ISO calendar component out of range");
        }
        if (!IsoParse.IsoToYmd(y, w, d, out int yy, out int mm, out int dd, out string? error)) throw PyErrors.ValueError(error!);
        return NewSubclass(yy, mm, dd, cls);
    }

    // --- attributes and methods -------------------------------------------------------------------

    [PyGetter] internal int year => Year;
    [PyGetter] internal int month => Month;
    [PyGetter] internal int day => Day;

    [PyMethod] internal int toordinal() => DateMath.YmdToOrd(Year, Month, Day);
    [PyMethod] internal int weekday() => DateMath.Weekday(Year, Month, Day);
    [PyMethod] internal int isoweekday() => DateMath.Weekday(Year, Month, Day) + 1;

    [PyMethod]
    internal PyObject isocalendar()
    {
        DateMath.IsoCalendar(Year, Month, Day, out int y, out int w, out int d);
        return IsoCalendarDate.Create(y, w, d);
    }

    internal string DateIso() => $"{Year:D4}-{Month:D2}-{Day:D2}";

    [PyMethod("isoformat")]
    internal string date_isoformat() => DateIso();

    internal string CTime(int h, int mi, int s) =>
        $"{DateMath.DayNames[DateMath.Weekday(Year, Month, Day)]} {DateMath.MonthNames[Month]} {Day,2} {h:D2}:{mi:D2}:{s:D2} {Year:D4}";

    [PyMethod("ctime")]
    internal string date_ctime() => CTime(0, 0, 0);

    [PyMethod("timetuple")]
    internal PyObject date_timetuple() => Strftime.StructTime(Year, Month, Day, 0, 0, 0, -1);

    [PyMethod("strftime", PosOnly = 0)]
    internal PyObject date_strftime(PyObject format)
    {
        if (format is not PyStr f) throw ArgParser.BadArgument("strftime", "argument 1", "str", format);
        var tuple = PyOps.CallMethod(this, "timetuple", ReadOnlySpan<PyObject>.Empty);
        return Strftime.Wrap(this, f, tuple, this);
    }

    [PyMethod("__format__")]
    internal PyObject format_(PyObject format)
    {
        if (format is not PyStr f) throw ArgParser.BadArgument("__format__", "argument 1", "str", format);
        if (f.Value.Length == 0) return PyOps.Str(this);
        return PyOps.CallMethod(this, "strftime", new PyObject[] { f });
    }

    [PyMethod("replace")]
    internal PyObject date_replace(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = DtArgs.Unpack(args, kwnames, NewNames, 0, "replace()");
        int y = DtArgs.IntOr(s[0], Year), m = DtArgs.IntOr(s[1], Month), d = DtArgs.IntOr(s[2], Day);
        DateMath.CheckDateArgs(y, m, d);
        return new PyDate(type, y, m, d);
    }

    internal byte[] DateState() => new[] { (byte)(Year >> 8), (byte)Year, (byte)Month, (byte)Day };

    [PyMethod("__reduce__")]
    internal PyObject date_reduce() => PyTuple.Of(type, PyTuple.Of(PyBytes.From(DateState())));

    internal int CompareDate(PyDate o)
    {
        int c = Year.CompareTo(o.Year);
        if (c == 0) c = Month.CompareTo(o.Month);
        if (c == 0) c = Day.CompareTo(o.Day);
        return c;
    }

    /// <summary>add_date_timedelta: the result has the type of the date (a subclass through its constructor).</summary>
    internal static PyObject AddDays(PyDate date, long days)
    {
        int y = date.Year, m = date.Month;
        long d = date.Day + days;
        DateMath.NormalizeDate(ref y, ref m, ref d);
        return NewSubclass(y, m, (int)d, date.type);
    }

    private static PyObject Add(PyObject a, PyObject b)
    {
        if (a is PyDateTime || b is PyDateTime) return PyNotImplemented.Instance;
        if (a is PyDate x && b is PyTimeDelta td) return AddDays(x, td.Days);
        if (b is PyDate y && a is PyTimeDelta td2) return AddDays(y, td2.Days);
        return PyNotImplemented.Instance;
    }

    private static PyObject Sub(PyObject a, PyObject b)
    {
        if (a is PyDateTime || b is PyDateTime || a is not PyDate x) return PyNotImplemented.Instance;
        if (b is PyDate y)
            return PyTimeDelta.FromParts(DateMath.YmdToOrd(x.Year, x.Month, x.Day) - DateMath.YmdToOrd(y.Year, y.Month, y.Day), 0, 0);
        if (b is PyTimeDelta td) return AddDays(x, -(long)td.Days);
        return PyNotImplemented.Instance;
    }

    private static void InitType(PyType t)
    {
        t.New = New;
        t.Repr = static self =>
        {
            var d = (PyDate)self;
            return PyStr.FromString($"{d.type.Name}({d.Year}, {d.Month}, {d.Day})");
        };
        // str() calls isoformat() through the type so a subclass's override is used; the exact type skips the lookup
        t.Str = static self => self.type == PyTypeObject
            ? PyStr.FromString(((PyDate)self).DateIso())
            : PyOps.CallMethod(self, "isoformat", ReadOnlySpan<PyObject>.Empty);
        t.Hash = static self =>
        {
            var d = (PyDate)self;
            if (d.hashCache == -1)
            {
                long h = PyOps.Hash(PyBytes.From(d.DateState()));
                d.hashCache = h == -1 ? -2 : h;
            }
            return d.hashCache;
        };
        t.RichCompare = static (a, b, op) =>
        {
            // date_richcompare compares the date part of anything date-like; datetime's own comparison,
            // tried first as the subclass, keeps `date == datetime` False
            if (a is PyDate x && b is PyDate y)
                return PyTimeDelta.CompareResult(x.CompareDate(y), op);
            return PyNotImplemented.Instance;
        };
        t.NumberSlots[(int)BinaryOp.Add] = Add;
        t.NumberSlots[(int)BinaryOp.Subtract] = Sub;
        InstallPyBindings(t);
        t.Dict.SetItem(StrIntern.Intern("min"), new PyDate(t, 1, 1, 1));
        t.Dict.SetItem(StrIntern.Intern("max"), new PyDate(t, 9999, 12, 31));
        t.Dict.SetItem(StrIntern.Intern("resolution"), PyTimeDelta.FromParts(1, 0, 0));
    }
}
