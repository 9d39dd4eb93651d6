import {
  ArcElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

/**
 * Chart.js with only what the dashboard draws (lines and a doughnut). Named imports, not the
 * namespace, so the bundler drops the other controllers; only ChartCanvas imports this, lazily.
 */
Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Filler,
  DoughnutController,
  ArcElement,
  Tooltip,
  Legend,
);

export { Chart };
