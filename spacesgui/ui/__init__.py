"""The Qt user interface; all slow work goes through spacesgui.workers."""
