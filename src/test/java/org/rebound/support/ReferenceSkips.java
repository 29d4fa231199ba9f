package org.rebound.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.opentest4j.TestAbortedException;

/**
 * Counts the tests skipped because the fetched reference data is missing ({@link Reference#fetched}) and says so in
 * one line on stderr when the run ends, with what to run. Registered for the JUnit Platform in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class ReferenceSkips implements TestExecutionListener {
    private static final AtomicInteger SKIPPED = new AtomicInteger();
    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Throwable cause = result.getThrowable().orElse(null);
        if (result.getStatus() != TestExecutionResult.Status.ABORTED || !(cause instanceof TestAbortedException)
                || cause.getMessage() == null || !cause.getMessage().startsWith(Reference.NOT_FETCHED)) {
            return;
        }
        // A class skipped as a whole skips each of its tests.
        SKIPPED.addAndGet(id.isTest() ? 1
                : (int) plan.getDescendants(id).stream().filter(TestIdentifier::isTest).count());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        int skipped = SKIPPED.getAndSet(0);
        if (skipped > 0) {
            System.err.println(Reference.NOT_FETCHED + " (" + skipped + (skipped == 1 ? " test" : " tests")
                    + " skipped): " + Reference.HINT);
        }
    }
}
