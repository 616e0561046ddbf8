//! rspy-module: native modules (builtins, sys, time, math, asyncio).

pub mod builtins;
