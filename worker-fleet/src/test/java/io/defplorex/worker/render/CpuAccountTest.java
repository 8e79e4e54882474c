package io.defplorex.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CpuAccountTest {

    private static CpuAccount.Proc proc(long pid, long ppid, long own, long reaped) {
        return new CpuAccount.Proc(pid, 1000 + pid, ppid, own, reaped, 0);
    }

    @Test
    void growthOfLiveMembersIsCounted() {
        CpuAccount cpu = new CpuAccount();
        cpu.sample(List.of(proc(1, 0, 100, 0), proc(2, 1, 30, 0)));
        cpu.sample(List.of(proc(1, 0, 110, 0), proc(2, 1, 45, 0)));

        assertThat(cpu.ticks()).isEqualTo(155);
    }

    @Test
    void childReapedByItsParentAddsOnlyItsUnseenLastTicks() {
        CpuAccount cpu = new CpuAccount();
        cpu.sample(List.of(proc(1, 0, 100, 0), proc(2, 1, 30, 5)));
        cpu.sample(List.of(proc(1, 0, 100, 42))); // child ended at 36 own + 6 reaped, parent waited for it

        assertThat(cpu.ticks()).isEqualTo(142);
    }

    @Test
    void childNeverSeenIsCountedThroughItsParent() {
        CpuAccount cpu = new CpuAccount();
        cpu.sample(List.of(proc(1, 0, 100, 0)));
        cpu.sample(List.of(proc(1, 0, 100, 7)));

        assertThat(cpu.ticks()).isEqualTo(107);
    }

    @Test
    void orphanReapedOutsideTheTreeKeepsWhatWasSeen() {
        CpuAccount cpu = new CpuAccount();
        cpu.sample(List.of(proc(1, 0, 100, 0), proc(2, 1, 20, 0), proc(3, 2, 50, 0)));
        cpu.sample(List.of(proc(1, 0, 101, 0))); // browser tree killed, its processes reaped by init

        assertThat(cpu.ticks()).isEqualTo(171);
    }

    @Test
    void reusedPidIsANewMember() {
        CpuAccount cpu = new CpuAccount();
        cpu.sample(List.of(proc(1, 0, 10, 0), new CpuAccount.Proc(2, 5, 1, 40, 0, 0)));
        cpu.sample(List.of(proc(1, 0, 10, 40), new CpuAccount.Proc(2, 9, 1, 3, 0, 0)));

        assertThat(cpu.ticks()).isEqualTo(53);
    }

    @Test
    void statLineIsParsedFromTheLastParenthesis() {
        String stat = "4242 (node (x) y) S 17 4242 4242 0 -1 4194304 10 0 0 0 250 50 7 3 20 0 11 0 98765 "
                + "1000000 2560 18446744073709551615";

        CpuAccount.Proc p = ProcessTreeMeter.parse(4242, stat);

        assertThat(p).isEqualTo(new CpuAccount.Proc(4242, 98765, 17, 300, 10, 2560));
    }
}
