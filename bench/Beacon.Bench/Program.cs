// Benchmarks and the scale-data generator arrive with the scale issue; this entry point
// keeps the project buildable so the solution has its place for them from the start.
Console.WriteLine("Beacon benchmarks: none yet. See docs/performance.md once the scale work lands.");
