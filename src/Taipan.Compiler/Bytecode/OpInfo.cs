namespace Taipan.Compiler.Bytecode;

/// <summary>Static facts about opcodes: width, whether the operand is a jump target, stack effects.</summary>
public static class OpInfo
{
    /// <summary>Instructions followed by a cache word (an inline-cache slot number).</summary>
    public static bool HasCache(OpCode op) => op switch
    {
        OpCode.LOAD_GLOBAL or OpCode.LOAD_ATTR or OpCode.STORE_ATTR or OpCode.LOAD_METHOD
            or OpCode.BINARY_OP or OpCode.COMPARE_OP or OpCode.COMPARE_JUMP_IF_FALSE
            or OpCode.BINARY_SUBSCR or OpCode.STORE_SUBSCR or OpCode.CALL or OpCode.CALL_KW
            or OpCode.CALL_METHOD or OpCode.CALL_METHOD_KW or OpCode.FOR_ITER
            or OpCode.UNPACK_SEQUENCE => true,
        _ => false,
    };

    public static bool IsJump(OpCode op) => op switch
    {
        OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT
            or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE or OpCode.POP_JUMP_IF_NONE
            or OpCode.POP_JUMP_IF_NOT_NONE or OpCode.JUMP_IF_FALSE_OR_POP or OpCode.JUMP_IF_TRUE_OR_POP
            or OpCode.FOR_ITER or OpCode.SEND or OpCode.COMPARE_JUMP_IF_FALSE or OpCode.SETUP_HANDLER => true,
        _ => false,
    };

    public static bool IsUnconditionalJump(OpCode op) =>
        op is OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT;

    /// <summary>Control never falls through to the next instruction.</summary>
    public static bool IsTerminator(OpCode op) =>
        IsUnconditionalJump(op) || op is OpCode.RETURN_VALUE or OpCode.RERAISE or OpCode.RAISE_VARARGS;

    public static int Width(OpCode op) => op == OpCode.SETUP_HANDLER ? 0 : HasCache(op) ? 2 : 1;

    /// <summary>Net stack effect; <paramref name="jump"/> selects the taken branch of a jump.</summary>
    public static int StackEffect(OpCode op, int arg, bool jump)
    {
        switch (op)
        {
            case OpCode.SETUP_HANDLER: return jump ? 1 + (arg & 1) - ((arg >> 1) & 1) : 0; // bit 0: push lasti; bit 1: with-handler (drops the __enter__ result)
            case OpCode.NOP: case OpCode.SWAP: case OpCode.DELETE_FAST: case OpCode.DELETE_DEREF:
            case OpCode.MAKE_CELL: case OpCode.COPY_FREE_VARS: case OpCode.DELETE_NAME: case OpCode.DELETE_GLOBAL:
            case OpCode.LOAD_ATTR: case OpCode.UNARY_NEGATIVE: case OpCode.UNARY_POSITIVE:
            case OpCode.UNARY_INVERT: case OpCode.UNARY_NOT: case OpCode.JUMP_FORWARD: case OpCode.JUMP_BACKWARD:
            case OpCode.JUMP_BACKWARD_NO_INTERRUPT: case OpCode.GET_ITER: case OpCode.GET_YIELD_FROM_ITER:
            case OpCode.LIST_TO_TUPLE: case OpCode.YIELD_VALUE: case OpCode.GET_AWAITABLE: case OpCode.GET_AITER:
            case OpCode.ASYNC_GEN_WRAP: case OpCode.CHECK_EXC_MATCH: case OpCode.CHECK_EG_MATCH:
            case OpCode.SETUP_ANNOTATIONS: case OpCode.COPY_DICT_WITHOUT_KEYS:
                return 0;
            case OpCode.POP_TOP: case OpCode.STORE_FAST: case OpCode.STORE_DEREF: case OpCode.STORE_NAME:
            case OpCode.STORE_GLOBAL: case OpCode.DELETE_ATTR: case OpCode.BINARY_OP: case OpCode.COMPARE_OP:
            case OpCode.IS_OP: case OpCode.CONTAINS_OP: case OpCode.BINARY_SUBSCR: case OpCode.POP_JUMP_IF_FALSE:
            case OpCode.POP_JUMP_IF_TRUE: case OpCode.POP_JUMP_IF_NONE: case OpCode.POP_JUMP_IF_NOT_NONE:
            case OpCode.LIST_APPEND: case OpCode.SET_ADD: case OpCode.LIST_EXTEND: case OpCode.SET_UPDATE:
            case OpCode.DICT_UPDATE: case OpCode.DICT_MERGE: case OpCode.RETURN_VALUE: case OpCode.POP_EXCEPT:
            case OpCode.RERAISE: case OpCode.PREP_RERAISE_STAR: case OpCode.IMPORT_NAME: case OpCode.IMPORT_STAR:
            case OpCode.PRINT_EXPR:
                return -1;
            case OpCode.COPY: case OpCode.LOAD_CONST: case OpCode.LOAD_FAST: case OpCode.LOAD_DEREF:
            case OpCode.LOAD_CLASSDEREF: case OpCode.LOAD_CLOSURE: case OpCode.LOAD_NAME: case OpCode.LOAD_GLOBAL:
            case OpCode.LOAD_METHOD: case OpCode.GET_ANEXT: case OpCode.BEFORE_ASYNC_WITH: case OpCode.PUSH_EXC_INFO:
            case OpCode.WITH_EXCEPT_START: case OpCode.BEFORE_WITH: case OpCode.IMPORT_FROM:
            case OpCode.LOAD_BUILD_CLASS: case OpCode.LOAD_ASSERTION_ERROR: case OpCode.GET_LEN:
            case OpCode.MATCH_MAPPING: case OpCode.MATCH_SEQUENCE: case OpCode.MATCH_KEYS:
                return 1;
            case OpCode.STORE_ATTR: case OpCode.DELETE_SUBSCR: case OpCode.COMPARE_JUMP_IF_FALSE:
            case OpCode.MAP_ADD: case OpCode.END_ASYNC_FOR: case OpCode.MATCH_CLASS:
                return -2;
            case OpCode.STORE_SUBSCR: return -3;
            case OpCode.BUILD_SLICE: return 1 - arg;
            case OpCode.JUMP_IF_FALSE_OR_POP: case OpCode.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
            case OpCode.FOR_ITER: return jump ? -1 : 1;
            case OpCode.SEND: return jump ? -1 : 0;
            case OpCode.BUILD_TUPLE: case OpCode.BUILD_LIST: case OpCode.BUILD_SET: case OpCode.BUILD_STRING:
                return 1 - arg;
            case OpCode.BUILD_MAP: return 1 - 2 * arg;
            case OpCode.BUILD_CONST_KEY_MAP: return -arg;
            case OpCode.UNPACK_SEQUENCE: return arg - 1;
            case OpCode.UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
            case OpCode.FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0;
            case OpCode.MAKE_FUNCTION:
                return -(((arg & 1) != 0 ? 1 : 0) + ((arg & 2) != 0 ? 1 : 0) + ((arg & 4) != 0 ? 1 : 0) + ((arg & 8) != 0 ? 1 : 0));
            case OpCode.CALL: return -arg;
            case OpCode.CALL_KW: case OpCode.CALL_METHOD: return -arg - 1;
            case OpCode.CALL_METHOD_KW: return -arg - 2;
            case OpCode.CALL_FUNCTION_EX: return -1 - (arg & 1);
            case OpCode.RAISE_VARARGS: return -arg;
        }
        throw new InvalidOperationException("SystemError: no stack effect for " + op);
    }
}
