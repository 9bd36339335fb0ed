// The entry point: the built-in back-spasm session, rendered into #root.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { backSpasmRoutine, scheduleSession } from "stretchkit";
import "../../shared/style.css";
import { App } from "./app.js";

const session = scheduleSession(backSpasmRoutine);
const root = document.getElementById("root");
if (root === null) throw new Error("The page has no #root element");
createRoot(root).render(
  <StrictMode>
    <App session={session} />
  </StrictMode>,
);
