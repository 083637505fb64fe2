package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import vn.motcua.shared.VietnamTime;

/**
 * Throughput of {@link WorkingCalendar#deadline(OffsetDateTime, WorkingDuration)} on one thread: 4 096 receipts
 * spread over 2021–2033 (any second of the day, so all cut-off and day-off branches are taken), amounts 1–30,
 * against a calendar of 2020–2035. Target: at least 5 000 000 deadlines per second. Run with {@link #main}; see
 * docs/benchmarks.md. Not a test (surefire excludes {@code *Benchmark.java}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class DeadlineBenchmark {

    private static final int SIZE = 4096;
    private static final int MASK = SIZE - 1;

    private WorkingCalendar calendar;
    private final OffsetDateTime[] receipts = new OffsetDateTime[SIZE];
    private final WorkingDuration[] workingDays = new WorkingDuration[SIZE];
    private final WorkingDuration[] workingHours = new WorkingDuration[SIZE];
    private int next;

    @Setup
    public void setUp() {
        calendar = WorkingCalendar.generated(2020, 2035, OfficeHours.defaults());
        SplittableRandom random = new SplittableRandom(20270415);
        LocalDate first = LocalDate.of(2021, 1, 1);
        int days = (int) (LocalDate.of(2034, 1, 1).toEpochDay() - first.toEpochDay());
        for (int i = 0; i < SIZE; i++) {
            LocalDate date = first.plusDays(random.nextInt(days));
            LocalTime time = LocalTime.ofSecondOfDay(random.nextInt(86_400));
            receipts[i] = date.atTime(time).atZone(VietnamTime.ZONE).toOffsetDateTime();
            int amount = 1 + random.nextInt(30);
            workingDays[i] = WorkingDuration.workingDays(amount);
            workingHours[i] = WorkingDuration.workingHours(amount);
        }
    }

    @Benchmark
    public OffsetDateTime workingDays() {
        int i = next++ & MASK;
        return calendar.deadline(receipts[i], workingDays[i]);
    }

    @Benchmark
    public OffsetDateTime workingHours() {
        int i = next++ & MASK;
        return calendar.deadline(receipts[i], workingHours[i]);
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(DeadlineBenchmark.class.getName() + "\\.")
                .forks(1)
                .threads(1)
                .build();
        new Runner(options).run();
    }
}
