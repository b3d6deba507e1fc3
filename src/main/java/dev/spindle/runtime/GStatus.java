package dev.spindle.runtime;

/**
 * A goroutine's status, as Go names them (runtime2.go's {@code _Grunnable}, {@code _Grunning},
 * {@code _Gwaiting}, {@code _Gdead}). Ownership, as in Go:
 * <ul>
 *   <li>RUNNABLE: on exactly one run queue (a P's runnext, a P's local queue or the global
 *       queue); owned by that queue; nobody runs it.</li>
 *   <li>RUNNING: bound to one P; its carrier owns the goroutine's VM state during a round,
 *       the coordinator owns it between rounds.</li>
 *   <li>WAITING: parked on a runtime object (listed in that object's wait queue) or a timer;
 *       owned by the coordinator, which readies it.</li>
 *   <li>DEAD: returned; owned by nobody.</li>
 * </ul>
 */
public enum GStatus { RUNNABLE, RUNNING, WAITING, DEAD }
