# The SDK harness container of whosaid's Apache Beam pipeline (beam/, see
# docs/BEAM.md), for Flink, Spark and Dataflow. It is Beam's Go SDK image,
# whose boot program fetches the pipeline binary the job stages and runs it
# as a worker, with the pipeline binary built from this repository beside
# it: a job can be submitted from the image itself, with no Go toolchain,
# by staging that binary (--worker_binary /opt/whosaid/whosaid-beam).
#
# Build from the repository root (the beam module requires the main module
# through `replace => ../`):
#
#   docker build -t REGISTRY/whosaid-beam:TAG .
#   docker push REGISTRY/whosaid-beam:TAG
#
# The Go and Beam versions must be those of go.mod and beam/go.mod.
ARG GO_VERSION=1.26.8
ARG BEAM_VERSION=2.78.0

FROM golang:${GO_VERSION} AS build
WORKDIR /src
# The module files first: the download is a layer of its own, rebuilt only
# when the dependencies change.
COPY go.mod go.sum ./
COPY beam/go.mod beam/go.sum beam/
COPY third_party/ third_party/
RUN cd beam && go mod download
COPY . .
# Everything is pure Go (SQLite, the HTML readers' regular expressions),
# so the binary is static and runs on the SDK image's distroless base.
RUN cd beam && CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -trimpath -o /out/whosaid-beam .

FROM apache/beam_go_sdk:${BEAM_VERSION}
COPY --from=build /out/whosaid-beam /opt/whosaid/whosaid-beam
# The harness: the runner starts the container with the endpoints of its
# control, logging, artifact and provision services as flags.
ENTRYPOINT ["/opt/apache/beam/boot"]
