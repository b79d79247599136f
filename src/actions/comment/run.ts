import { run } from "./runner.js";

void run();
