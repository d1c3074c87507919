// System.Threading.ThreadState is implicitly imported; ours is the interpreter thread state.
global using ThreadState = Taipan.Runtime.Interpreter.ThreadState;
