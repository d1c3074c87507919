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
    // Pseudo-instructions: exist only while building (0 words).
    SETUP_HANDLER = 0,
    NOP,
    POP_TOP,
    COPY,
    SWAP,
    LOAD_CONST,
    LOAD_FAST,
    STORE_FAST,
    DELETE_FAST,
    LOAD_DEREF,
    STORE_DEREF,
    DELETE_DEREF,
    LOAD_CLASSDEREF,
    LOAD_CLOSURE,
    MAKE_CELL,
    COPY_FREE_VARS,
    LOAD_NAME,
    STORE_NAME,
    DELETE_NAME,
    LOAD_GLOBAL,
    STORE_GLOBAL,
    DELETE_GLOBAL,
    LOAD_ATTR,
    STORE_ATTR,
    DELETE_ATTR,
    LOAD_METHOD,
    BINARY_OP,
    UNARY_NEGATIVE,
    UNARY_POSITIVE,
    UNARY_INVERT,
    UNARY_NOT,
    COMPARE_OP,
    COMPARE_JUMP_IF_FALSE,
    IS_OP,
    CONTAINS_OP,
    BINARY_SUBSCR,
    STORE_SUBSCR,
    DELETE_SUBSCR,
    BUILD_SLICE,
    JUMP_FORWARD,
    JUMP_BACKWARD,
    JUMP_BACKWARD_NO_INTERRUPT,
    POP_JUMP_IF_FALSE,
    POP_JUMP_IF_TRUE,
    POP_JUMP_IF_NONE,
    POP_JUMP_IF_NOT_NONE,
    JUMP_IF_FALSE_OR_POP,
    JUMP_IF_TRUE_OR_POP,
    GET_ITER,
    FOR_ITER,
    GET_YIELD_FROM_ITER,
    BUILD_TUPLE,
    BUILD_LIST,
    BUILD_SET,
    BUILD_MAP,
    BUILD_CONST_KEY_MAP,
    BUILD_STRING,
    LIST_APPEND,
    SET_ADD,
    MAP_ADD,
    LIST_EXTEND,
    SET_UPDATE,
    DICT_UPDATE,
    DICT_MERGE,
    LIST_TO_TUPLE,
    UNPACK_SEQUENCE,
    UNPACK_EX,
    FORMAT_VALUE,
    MAKE_FUNCTION,
    CALL,
    CALL_KW,
    CALL_METHOD,
    CALL_METHOD_KW,
    CALL_FUNCTION_EX,
    RETURN_VALUE,
    YIELD_VALUE,
    SEND,
    GET_AWAITABLE,
    GET_AITER,
    GET_ANEXT,
    END_ASYNC_FOR,
    BEFORE_ASYNC_WITH,
    ASYNC_GEN_WRAP,
    PUSH_EXC_INFO,
    POP_EXCEPT,
    RERAISE,
    RAISE_VARARGS,
    CHECK_EXC_MATCH,
    CHECK_EG_MATCH,
    PREP_RERAISE_STAR,
    WITH_EXCEPT_START,
    BEFORE_WITH,
    IMPORT_NAME,
    IMPORT_FROM,
    IMPORT_STAR,
    LOAD_BUILD_CLASS,
    SETUP_ANNOTATIONS,
    LOAD_ASSERTION_ERROR,
    PRINT_EXPR,
    GET_LEN,
    MATCH_MAPPING,
    MATCH_SEQUENCE,
    MATCH_KEYS,
    MATCH_CLASS,
    COPY_DICT_WITHOUT_KEYS,
}

/// <summary>Operand meanings of BINARY_OP: CPython's NB_* numbering (in-place = +13).</summary>
public enum BinaryOperator
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5, Remainder = 6,
    Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12, InplaceOffset = 13,
}

/// <summary>Operand of COMPARE_OP: CPython's Py_LT.. order.</summary>
public enum ComparisonOperator { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }
