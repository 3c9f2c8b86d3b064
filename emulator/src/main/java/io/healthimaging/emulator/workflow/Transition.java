package io.healthimaging.emulator.workflow;

/** One asynchronous step of a resource's lifecycle, for example "data store 1234... CREATING -> ACTIVE". */
public interface Transition {

    String description();

    /** Applies the new state; runs on the scheduler's thread. */
    void complete();

    static Transition of(String description, Runnable completion) {
        return new Transition() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void complete() {
                completion.run();
            }
        };
    }
}
