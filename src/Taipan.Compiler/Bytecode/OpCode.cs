namespace Taipan.Compiler.Bytecode;

/// <summary>
/// Taipan's instruction set.
///
/// <para><b>Shape.</b> A stack machine. Code is an <c>int[]</c>; each instruction is one 32-bit
/// word, <c>opcode | operand &lt;&lt; 8</c> (8-bit opcode, 24-bit unsigned operand), so no
/// EXTENDED_ARG prefix exists and decoding is one load, one mask, one shift. Instructions
/// with an inline cache (marked <see cref="OpInfo.HasCache"/>) take a second word holding
/// their cache-slot number (a dense index into a per-code-object cache array the
/// interpreter allocates from <see cref="CodeObject.CacheCount"/>); the interpreter
/// quickens by rewriting the opcode byte in place to a specialised form (opcodes ≥ 200 are
/// reserved for those). Jump operands are absolute word offsets, so a (code, offset) pair is
/// directly the JIT's green key. Backward edges are always <see cref="JUMP_BACKWARD"/>, whose
/// target is a loop header: the JIT counts there and starts recording there.</para>
///
/// <para><b>Why a stack machine.</b> (1) The tracing JIT is where speed comes from; the
/// interpreter's job is to be simple, compact and to record traces. A stack machine makes
/// the recorder trivial (it mirrors the operand stack with a stack of SSA values; no
/// register allocation is visible in the bytecode) and the trace optimizer removes the
/// stack traffic anyway. (2) CPython's evaluation order, exception-table stack depths,
/// generator suspension (the whole frame is locals + a stack) and the `co_*` surface all
/// carry over unchanged. (3) A register VM would cut the instruction count (the moves it
/// saves are the LOAD_FAST/LOAD_CONST/STORE_FAST counted below) but each instruction needs
/// 2–3 operands, i.e. 64-bit words or variable length, and most dispatch savings would land
/// in code that the JIT compiles anyway.</para>
///
/// <para><b>Why 32-bit words.</b> 16-bit words (CPython) need EXTENDED_ARG prefixes for
/// operands ≥ 256 and separate cache entries; 24-bit operands never overflow in practice
/// and the decode has no loop. The cost is code size (see figures).</para>
///
/// <para><b>Specialised forms</b> emitted by the compiler: LOAD_FAST/STORE_FAST/LOAD_CONST,
/// BINARY_OP with the operator as operand, COMPARE_JUMP_IF_FALSE fusing a comparison with the
/// branch of an <c>if</c>/<c>while</c> test (its cache word is <c>slot &lt;&lt; 4 | cmp</c>),
/// LOAD_METHOD + CALL_METHOD for <c>o.m(...)</c> avoiding a bound-method allocation,
/// POP_JUMP_IF_NONE/NOT_NONE for <c>is None</c> tests.</para>
///
/// <para><b>Figures</b> (measured: <c>tools/check_compile_stdlib.py --stats</c>, all 1,632
/// compilable files of /usr/lib/python3.11, 73,129 code objects, 3.10 M instructions after
/// dead-code removal):
/// <list type="bullet">
/// <item>Code size: 4.07 M words = 16.3 MB at 32 bits; the same instructions in CPython-style
/// 16-bit units (+ EXTENDED_ARG, + one cache unit per cached op) would be 8.2 MB. We pay 2×
/// code size (RAM is cheap at this scale: ~10 KB per module) for a prefix-free decode.</item>
/// <item>Operands above 255 (an EXTENDED_ARG in a 16-bit ISA): 1.0% of instructions; above
/// 2^24: none.</item>
/// <item>Instructions carrying an inline cache: 31.4% (LOAD_METHOD+CALL_METHOD alone 13.4%).</item>
/// <item>LOAD_FAST + STORE_FAST + LOAD_CONST: 36.5% of instructions — the upper bound of what a
/// register encoding would fold into operands; dispatch on the other 64% is unchanged.</item>
/// <item>Most frequent: LOAD_CONST 18.2%, LOAD_FAST 14.4%, LOAD_METHOD 6.9%, POP_TOP 6.7%,
/// CALL_METHOD 6.5%, LOAD_GLOBAL 5.9%, CALL 4.0%, LOAD_ATTR 4.0%, STORE_FAST 3.9%.</item>
/// <item>13,961 JUMP_BACKWARD loop edges (the JIT's counting points); 50,849 exception-table
/// entries; position table 2.3 bytes per instruction.</item>
/// </list></para>
/// </summary>
public enum OpCode : byte
{
    /// <summary>Pseudo: opens a protected range (builder only, never in Code).</summary>
    SETUP_HANDLER = 0,
    /// <summary>Does nothing (keeps a line event, e.g. for `pass`).</summary>
    NOP,
    /// <summary>v →</summary>
    POP_TOP,
    /// <summary>… vN … v1 → … vN … v1 vN (operand N ≥ 1).</summary>
    COPY,
    /// <summary>Exchanges TOS and the N-th item.</summary>
    SWAP,
    /// <summary>→ co_consts[arg]</summary>
    LOAD_CONST,
    /// <summary>→ locals[arg]; UnboundLocalError when empty.</summary>
    LOAD_FAST,
    /// <summary>v → ; locals[arg] = v</summary>
    STORE_FAST,
    /// <summary>locals[arg] = empty (UnboundLocalError when already empty).</summary>
    DELETE_FAST,
    /// <summary>→ contents of the cell in locals-plus slot arg (NameError/UnboundLocalError when empty).</summary>
    LOAD_DEREF,
    /// <summary>v → ; cell in slot arg := v</summary>
    STORE_DEREF,
    /// <summary>Empties the cell in slot arg.</summary>
    DELETE_DEREF,
    /// <summary>Class bodies: the class namespace first (name of slot arg), then the cell.</summary>
    LOAD_CLASSDEREF,
    /// <summary>→ the cell object in slot arg (for building closures).</summary>
    LOAD_CLOSURE,
    /// <summary>Slot arg := new empty cell (prologue).</summary>
    MAKE_CELL,
    /// <summary>Copies the function's arg closure cells into the last arg slots (prologue).</summary>
    COPY_FREE_VARS,
    /// <summary>→ locals/globals/builtins lookup of co_names[arg].</summary>
    LOAD_NAME,
    /// <summary>v → ; frame locals mapping [co_names[arg]] = v</summary>
    STORE_NAME,
    /// <summary>del locals mapping [co_names[arg]]</summary>
    DELETE_NAME,
    /// <summary>→ globals/builtins [co_names[arg]] (cached).</summary>
    LOAD_GLOBAL,
    /// <summary>v → ; globals[co_names[arg]] = v</summary>
    STORE_GLOBAL,
    /// <summary>del globals[co_names[arg]]</summary>
    DELETE_GLOBAL,
    /// <summary>o → o.name (cached).</summary>
    LOAD_ATTR,
    /// <summary>v o → ; o.name = v (cached).</summary>
    STORE_ATTR,
    /// <summary>o → ; del o.name</summary>
    DELETE_ATTR,
    /// <summary>o → meth o | attr NULL (cached); pairs with CALL_METHOD[_KW].</summary>
    LOAD_METHOD,
    /// <summary>a b → a op b; operand is a <see cref="BinaryOperator"/> (+13 for in-place) (cached).</summary>
    BINARY_OP,
    /// <summary>v → -v</summary>
    UNARY_NEGATIVE,
    /// <summary>v → +v</summary>
    UNARY_POSITIVE,
    /// <summary>v → ~v</summary>
    UNARY_INVERT,
    /// <summary>v → not v</summary>
    UNARY_NOT,
    /// <summary>a b → a cmp b; operand is a <see cref="ComparisonOperator"/> (cached).</summary>
    COMPARE_OP,
    /// <summary>a b → ; jumps to arg unless (a cmp b) is true; cmp in the low 4 bits of the cache word.</summary>
    COMPARE_JUMP_IF_FALSE,
    /// <summary>a b → a is b (operand 1: is not).</summary>
    IS_OP,
    /// <summary>a b → a in b (operand 1: not in).</summary>
    CONTAINS_OP,
    /// <summary>o k → o[k] (cached).</summary>
    BINARY_SUBSCR,
    /// <summary>v o k → ; o[k] = v (cached).</summary>
    STORE_SUBSCR,
    /// <summary>o k → ; del o[k]</summary>
    DELETE_SUBSCR,
    /// <summary>start stop [step] → slice (operand 2 or 3).</summary>
    BUILD_SLICE,
    /// <summary>Jumps to arg (forward).</summary>
    JUMP_FORWARD,
    /// <summary>Jumps to arg, a loop header: the JIT's counting point; checks the eval breaker.</summary>
    JUMP_BACKWARD,
    /// <summary>Jumps back inside a yield-from/await loop; not a loop edge, no counting.</summary>
    JUMP_BACKWARD_NO_INTERRUPT,
    /// <summary>v → ; jumps when not v</summary>
    POP_JUMP_IF_FALSE,
    /// <summary>v → ; jumps when v</summary>
    POP_JUMP_IF_TRUE,
    /// <summary>v → ; jumps when v is None</summary>
    POP_JUMP_IF_NONE,
    /// <summary>v → ; jumps when v is not None</summary>
    POP_JUMP_IF_NOT_NONE,
    /// <summary>v → v and jump when falsy, else pops (and/or operators).</summary>
    JUMP_IF_FALSE_OR_POP,
    /// <summary>v → v and jump when truthy, else pops.</summary>
    JUMP_IF_TRUE_OR_POP,
    /// <summary>o → iter(o)</summary>
    GET_ITER,
    /// <summary>it → it next; when exhausted pops it and jumps to arg (cached).</summary>
    FOR_ITER,
    /// <summary>o → iter(o), or o itself for generators/coroutines.</summary>
    GET_YIELD_FROM_ITER,
    /// <summary>v1 … vN → (v1, …, vN)</summary>
    BUILD_TUPLE,
    /// <summary>v1 … vN → [v1, …, vN]</summary>
    BUILD_LIST,
    /// <summary>v1 … vN → {v1, …, vN}</summary>
    BUILD_SET,
    /// <summary>k1 v1 … kN vN → {k1: v1, …}</summary>
    BUILD_MAP,
    /// <summary>v1 … vN keys → dict (not emitted yet; reserved).</summary>
    BUILD_CONST_KEY_MAP,
    /// <summary>s1 … sN → s1 + … + sN</summary>
    BUILD_STRING,
    /// <summary>… list … v → ; list (the arg-th item after popping v) .append(v)</summary>
    LIST_APPEND,
    /// <summary>As LIST_APPEND for sets.</summary>
    SET_ADD,
    /// <summary>… dict … k v → ; dict[k] = v (dict is the arg-th item after popping k v).</summary>
    MAP_ADD,
    /// <summary>… list … it → ; list.extend(it)</summary>
    LIST_EXTEND,
    /// <summary>… set … it → ; set.update(it)</summary>
    SET_UPDATE,
    /// <summary>… dict … m → ; dict.update(m) (TypeError text for {**x} non-mappings)</summary>
    DICT_UPDATE,
    /// <summary>As DICT_UPDATE, but duplicate keys raise (f(**a, **b)).</summary>
    DICT_MERGE,
    /// <summary>list → tuple(list)</summary>
    LIST_TO_TUPLE,
    /// <summary>seq → vN … v1 (v1 on top) (cached).</summary>
    UNPACK_SEQUENCE,
    /// <summary>seq → after… list before… (v1 on top); operand = before | after << 8.</summary>
    UNPACK_EX,
    /// <summary>v [spec] → str; bits 0-1 conversion (1 str, 2 repr, 3 ascii), bit 2 spec on stack.</summary>
    FORMAT_VALUE,
    /// <summary>[defaults] [kwdefaults] [annotations tuple] [closure] code → function; bits 1/2/4/8.</summary>
    MAKE_FUNCTION,
    /// <summary>f a1 … aN → f(a1, …, aN) (cached).</summary>
    CALL,
    /// <summary>f a1 … aN names → call; the last len(names) values are keywords (cached).</summary>
    CALL_KW,
    /// <summary>m self a1 … aN → m(self, …) | attr NULL a1 … aN → attr(…) (cached).</summary>
    CALL_METHOD,
    /// <summary>As CALL_METHOD with a kwnames tuple on top (cached).</summary>
    CALL_METHOD_KW,
    /// <summary>f args [kwargs] → f(*args, **kwargs); args may be any iterable (made a tuple here, with CPython's TypeError), kwargs a dict; operand bit 0: kwargs present.</summary>
    CALL_FUNCTION_EX,
    /// <summary>v → ; returns v</summary>
    RETURN_VALUE,
    /// <summary>v → sent; suspends the frame. Operand 1: inside yield from/await (delegate at TOS1, throw() goes there).</summary>
    YIELD_VALUE,
    /// <summary>it v → it r (continue at next: r yielded by it) | → result, jump to arg when it returned.</summary>
    SEND,
    /// <summary>o → awaitable(o); operand 1/2: after __aenter__/__aexit__ (error messages).</summary>
    GET_AWAITABLE,
    /// <summary>o → o.__aiter__()</summary>
    GET_AITER,
    /// <summary>ai → ai awaitable(ai.__anext__())</summary>
    GET_ANEXT,
    /// <summary>ai exc → ; ends the loop on StopAsyncIteration, else re-raises exc.</summary>
    END_ASYNC_FOR,
    /// <summary>m → m.__aexit__ m.__aenter__()</summary>
    BEFORE_ASYNC_WITH,
    /// <summary>v → wrapped v (async generator yields).</summary>
    ASYNC_GEN_WRAP,
    /// <summary>exc → previous_exc_info exc; makes exc the handled exception.</summary>
    PUSH_EXC_INFO,
    /// <summary>prev → ; restores the handled exception.</summary>
    POP_EXCEPT,
    /// <summary>exc → re-raises; operand N > 0: f_lasti from the item N below exc.</summary>
    RERAISE,
    /// <summary>[exc [cause]] → raises (operand 0: re-raise the handled exception).</summary>
    RAISE_VARARGS,
    /// <summary>exc type → exc bool (isinstance check, TypeError for non-classes).</summary>
    CHECK_EXC_MATCH,
    /// <summary>eg type → rest match (except*; match None when nothing matched).</summary>
    CHECK_EG_MATCH,
    /// <summary>orig list → exc-or-None to re-raise after except* handlers.</summary>
    PREP_RERAISE_STAR,
    /// <summary>exit lasti prev exc → exit lasti prev exc exit(type, exc, tb)</summary>
    WITH_EXCEPT_START,
    /// <summary>m → m.__exit__ m.__enter__()</summary>
    BEFORE_WITH,
    /// <summary>level fromlist → module (__import__ of co_names[arg]).</summary>
    IMPORT_NAME,
    /// <summary>module → module module.name (ImportError text of CPython).</summary>
    IMPORT_FROM,
    /// <summary>module → ; binds the public names into the locals mapping.</summary>
    IMPORT_STAR,
    /// <summary>→ builtins.__build_class__</summary>
    LOAD_BUILD_CLASS,
    /// <summary>Creates __annotations__ in the locals mapping if missing.</summary>
    SETUP_ANNOTATIONS,
    /// <summary>→ AssertionError</summary>
    LOAD_ASSERTION_ERROR,
    /// <summary>v → ; sys.displayhook(v) (interactive mode).</summary>
    PRINT_EXPR,
    /// <summary>o → o len(o)</summary>
    GET_LEN,
    /// <summary>s → s isinstance-as-Mapping(s)</summary>
    MATCH_MAPPING,
    /// <summary>s → s is-sequence-pattern-subject(s)</summary>
    MATCH_SEQUENCE,
    /// <summary>s keys → s keys values-tuple-or-None</summary>
    MATCH_KEYS,
    /// <summary>s cls names → attrs-tuple-or-None; operand = number of positional sub-patterns.</summary>
    MATCH_CLASS,
    /// <summary>s keys → s rest (a dict copy of s without keys, for **rest).</summary>
    COPY_DICT_WITHOUT_KEYS,
    /// <summary>Runtime only, never emitted: replaces the opcode byte of every instruction of a code object
    /// while a trace or profile function is set (Interpreter/Tracing.cs); the original word is kept aside.</summary>
    TRACE = 255,
}

/// <summary>Operand meanings of BINARY_OP: CPython's NB_* numbering (in-place = +13).</summary>
public enum BinaryOperator
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5, Remainder = 6,
    Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12, InplaceOffset = 13,
}

/// <summary>Operand of COMPARE_OP: CPython's Py_LT.. order.</summary>
public enum ComparisonOperator { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }
