package org.ammreader.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Model;

/**
 * Run in a fresh process by the benchmark: loads one model once and prints how long the first load took (the
 * mapper's creation included: it is part of what a first load costs) and how much heap the model keeps, measured
 * as the used heap after a full collection with the model held, minus the same before loading.
 */
public final class LoadProbe {

    private LoadProbe() {
    }

    /** @param args the model file, or "bundled" */
    public static void main(String[] args) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        long start = System.nanoTime();
        ModelLoader loader = new ModelLoader(JsonMappers.create());
        Model model = "bundled".equals(args[0]) ? loader.loadBundled() : loader.load(Path.of(args[0]));
        double ms = (System.nanoTime() - start) / 1e6;
        long after = settledHeap(memory);
        System.out.println("firstLoadMs=" + ms);
        System.out.println("retainedBytes=" + (after - before));
        System.out.println("meetings=" + model.meetings().size());
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
