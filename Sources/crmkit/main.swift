import Commands

await CRMKit.runFromCommandLine()
