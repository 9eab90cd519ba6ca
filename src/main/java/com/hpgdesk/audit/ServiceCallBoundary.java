package com.hpgdesk.audit;

import java.util.ArrayList;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

/**
 * Wraps the outermost call into any service, outside its transaction. Records of reads made during the
 * call wait here until the call's own transaction has ended and given its connection back, and are then
 * written before the caller sees the result: no data leaves a service without its record, and recording
 * never needs a second pooled connection while the first is held (issue 12: a full pool locked the app up).
 */
final class ServiceCallBoundary implements MethodInterceptor {

    private static final ThreadLocal<List<Runnable>> PENDING = new ThreadLocal<>();

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        if (PENDING.get() != null) {
            return invocation.proceed();
        }
        List<Runnable> pending = new ArrayList<>(2);
        PENDING.set(pending);
        Object result;
        try {
            result = invocation.proceed();
        } catch (Throwable failure) {
            PENDING.remove();
            // What was read before the failure may already be on its way to the screen.
            try {
                writeAll(pending);
            } catch (RuntimeException recordFailure) {
                failure.addSuppressed(recordFailure);
            }
            throw failure;
        }
        PENDING.remove();
        writeAll(pending);
        return result;
    }

    /**
     * Hands a record's write to the outermost service call on this thread.
     *
     * @return false when no service call is under way, and the caller must write it now
     */
    static boolean defer(Runnable write) {
        List<Runnable> pending = PENDING.get();
        if (pending == null) {
            return false;
        }
        pending.add(write);
        return true;
    }

    private static void writeAll(List<Runnable> pending) {
        for (Runnable write : pending) {
            write.run();
        }
    }
}
