global using ThreadState = Taipan.Runtime.Interpreter.ThreadState;
